"""Sub-commands of ``hopfield-bridge``; each module defines ``register(subparsers)``."""
