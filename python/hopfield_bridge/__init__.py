"""Exact reference engine and Lean bridge for Hopfield networks and Boltzmann machines.

The Python half of the proof companion: every definition of the shared design
(net input, update, energy, Hebbian weights, Gibbs probabilities, random-scan
kernel, Boltzmann law) computed exactly, instance files, the Lean ``#eval``
bridge and the cross-checker.

>>> from hopfield_bridge import Network, energy
>>> energy(Network.from_weights([[0, 1], [1, 0]]), (1, 1))
Fraction(-1, 1)
"""
from __future__ import annotations

from .dynamics import energy, is_stable, local_field, net_input, pluses, up
from .errors import HopfieldBridgeError, InstanceError
from .hebbian import hebbian
from .network import Network, State

__version__ = "0.1.0"

__all__ = ["Network", "State", "net_input", "local_field", "up", "energy", "pluses",
           "is_stable", "hebbian", "HopfieldBridgeError", "InstanceError", "__version__"]
