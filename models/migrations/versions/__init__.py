"""Migration scripts (a package, so installs ship them)."""
