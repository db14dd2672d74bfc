"""A small format-2 playbook for the engine's rules (knock-outs, estimative discipline,
margins, the authority-short verdict, the legal basis), with answers that pass everything."""

from __future__ import annotations

from playbooks.loader import load_playbook_text
from tests.playbooks.conftest import ALL_ENDORSE

TEXT = """\
id: gates-test
version: "1.0"
format: 2
title: Gates test
settings:
  legitimate_min_score: 0.6
  knife_edge_band: 0.05
  double_majority:
    state_share: 0.55
    population_share: 0.65
criteria:
  - id: cause
    title: Just cause
    gate: true
    pass_threshold: 0.5
    guidance: The harm.
    knockouts:
      - question: harm
        at_least: 3
        because: ICISS 2001, para. 4.19
      - question: timing
        not_in: [speculative]
      - question: role
        not_in: [protecting]
    questions:
      - id: harm
        prompt: How grave is the harm?
        kind: scale
        grades:
          - {value: 0, label: none}
          - {value: 1, label: limited}
          - {value: 2, label: serious}
          - {value: 3, label: grave}
          - {value: 4, label: mass atrocity}
      - id: timing
        prompt: Is it under way?
        kind: choice
        options:
          - {id: under_way, label: under way, score: 1.0}
          - {id: imminent, label: imminent, score: 0.8}
          - {id: speculative, label: speculative, score: 0.0}
      - id: role
        prompt: What is the state doing?
        kind: choice
        options:
          - {id: perpetrating, label: perpetrating, score: 1.0}
          - {id: unable, label: unable to stop it, score: 0.8}
          - {id: protecting, label: protecting its people, score: 0.0}
      - id: cause_confidence
        prompt: How confident are you?
        kind: confidence
        weight: 0
        required: false
  - id: means
    title: Proportionality
    pass_threshold: 0.5
    guidance: The means.
    questions:
      - id: limited
        prompt: Are the means limited?
        kind: yes_no
      - id: harm_likely
        prompt: How likely is civilian harm?
        kind: likelihood
        better: lower
      - id: extra
        prompt: Anything else that helps?
        kind: likelihood
        required: false
  - id: authority
    title: Authority
    role: authority
    gate: true
    pass_threshold: 0.6
    guidance: Who decides.
    questions:
      - id: positions
        prompt: Member positions?
        kind: member_positions
        weight: 3
      - id: council
        prompt: Security Council?
        kind: security_council
        status_scores:
          authorised: 1.0
          blocked_by_veto: 0.6
          veto_threatened_no_draft: 0.5
          relies_on_earlier_resolutions: 0.6
          rejected_on_merits: 0.3
          not_sought: 0.2
  - id: legal
    title: Legal basis
    role: legal_basis
    guidance: The law.
    questions:
      - id: chapter_vii
        prompt: Has the Council authorised force under Chapter VII?
        kind: yes_no
        required: false
      - id: consent
        prompt: Has the territorial state consented?
        kind: yes_no
        required: false
      - id: extreme_distress
        prompt: Is there convincing evidence of extreme distress?
        kind: yes_no
        required: false
    bases:
      - id: chapter_vii
        title: authorisation under Chapter VII
        status: established
        requires:
          - {question: chapter_vii, is: true}
      - id: consent
        title: consent of the territorial state
        status: established
        requires:
          - {question: consent, is: true}
      - id: humanitarian
        title: humanitarian intervention doctrine
        status: contested
        requires:
          - {question: extreme_distress, is: true}
"""

PLAYBOOK = load_playbook_text(TEXT, "gates-test.yaml")

GOOD = {
    "harm": 4,
    "timing": "under_way",
    "role": "perpetrating",
    "limited": True,
    "harm_likely": "unlikely",
    "positions": ALL_ENDORSE,
    "council": "authorised",
}
RATIONALES = {"harm_likely": "Planners' estimate, two precedents."}
