"""``python -m hopfield_bridge`` runs the command line."""
from .cli import main

raise SystemExit(main())
