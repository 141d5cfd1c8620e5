"""Knowledge files shipped with kronika (see README.md in this folder)."""
