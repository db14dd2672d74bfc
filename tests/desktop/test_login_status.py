"""The status bar names the database login beside the database (PostgreSQL), and says so when
the official's profile names someone else than the login's registered official."""

from __future__ import annotations

import sqlalchemy as sa

from models.profile import Profile


def test_status_bar_names_the_login_and_a_profile_that_disagrees(make_window, make_context,
                                                                 database, qtbot):  # fmt: skip
    context = make_context()
    if database.dialect != "postgresql":  # SQLite: single-user, no login to show
        window = make_window(context)
        assert window.database_label.text() == f"Database: {database.display_name}"
        return
    with database.engine.begin() as connection:
        login = connection.execute(sa.text("SELECT session_user")).scalar_one()
        connection.execute(sa.text(
            "INSERT INTO official (login, name, role, clearance, granted_at) "
            "VALUES (:login, 'Anna Berg', 'minister', 'TOP SECRET', now())"), {"login": login})
    context.use_profile(Profile(name="Bob Other"))
    window = make_window(context)
    qtbot.waitUntil(lambda: f"login {login}" in window.database_label.text())
    text = window.database_label.text()
    assert "(Anna Berg, minister)" in text and "not your profile's name" in text
    assert "Bob Other" in window.database_label.toolTip()

    context.use_profile(Profile(name="anna  berg"))
    window.show_login()
    qtbot.waitUntil(lambda: "not your profile" not in window.database_label.text())
    assert f"login {login} (Anna Berg, minister)" in window.database_label.text()
