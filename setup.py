"""The package build compiles the window's translations first (desktop/translations/*.ts into
the .qm files desktop.i18n loads), so that every wheel carries them; the rest of the build is
declared in pyproject.toml."""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTranslations(build_py):
    def run(self) -> None:
        # Loaded by path: the packages being built are not importable during their build.
        where = Path(__file__).resolve().parent / "desktop" / "translations" / "__init__.py"
        spec = importlib.util.spec_from_file_location("_translations_build", where)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.build(where.parent)
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
