"""``python -m diplomeet`` runs the command line."""

from diplomeet.cli import main

raise SystemExit(main())
