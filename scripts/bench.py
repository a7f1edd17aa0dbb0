#!/usr/bin/env python3
"""Benchmark of the cross-checker's fast paths against straightforward exact Python.

Prints, measured in this one run:

* the exhaustive convergence certificate (all 2^n starts, cyclic schedule,
  T1/T2/T3 on every (state, site) pair, T5's bound) for n = 20 and n = 24;
* the exact stationarity check πK = π for n = 16 (65,536 states);
* the exact Perron–Frobenius certificate (T16–T18) for 2^8 = 256 states;
* each fast path against the engine-based baseline of ``hopfield_bridge.check.baseline``
  timed on a sample of starts/states and extrapolated linearly in the number of
  states (said so in the output), with the speed-up ratio;
* peak memory of each fast path (tracemalloc: NumPy reports its buffers to it)
  and the process peak RSS.

Usage: ``python scripts/bench.py [--quick]`` (``--quick`` skips n = 24 and the 2^8 certificate).
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from fractions import Fraction
from typing import Any, Callable

from hopfield_bridge.catalogue import lattice_weights
from hopfield_bridge.check.baseline import convergence_exact, stationarity_exact
from hopfield_bridge.check.families import random_symmetric_network
from hopfield_bridge.check.fast import (boltzmann_integer_weights, convergence_certificate,
                                        random_scan_local_kernel, stationarity_certificate)
from hopfield_bridge.check.perron_frobenius import perron_frobenius_certificate
from hopfield_bridge.network import Network


def measured(fn: Callable[[], Any], separate: bool = False) -> tuple[Any, float, int]:
    """Run ``fn``; return its value, seconds, and the tracemalloc peak in bytes.

    With ``separate`` the time comes from an untraced run and the peak from a
    second, traced run (tracemalloc slows down code that allocates many Python
    integers, e.g. NumPy ``object`` arrays, but not NumPy integer arrays).
    """
    if separate:
        t = time.perf_counter()
        value = fn()
        seconds = time.perf_counter() - t
        _, _, peak = measured(fn)
        return value, seconds, peak
    tracemalloc.start()
    t = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - t
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return value, seconds, peak


def mib(x: int) -> str:
    return f"{x / 2 ** 20:.0f} MiB"


def bench_convergence(n: int, sample: int, rng: random.Random) -> None:
    net = random_symmetric_network(n, 3, random.Random(n))
    cert, fast, peak = measured(lambda: convergence_certificate(net))
    print(f"convergence certificate, n = {n} ({1 << n:,} starts, {cert.cases:,} (state, site) "
          f"pairs, {cert.flips:,} flips): {fast:.2f} s, peak {mib(peak)}; ok = {cert.ok}, "
          f"max convSteps = {cert.max_conv_steps} ≤ n·2^n = {cert.bound:,}; dtype {cert.dtype} "
          f"(proved: |2E| ≤ {cert.energy_bound}, |L| ≤ {cert.field_bound})")
    if sample:
        starts = rng.sample(range(1 << n), sample)
        t = time.perf_counter()
        base = convergence_exact(net, starts)
        slow = (time.perf_counter() - t) * (1 << n) / sample
        assert base.t2_failures == base.t3_failures == base.nonconvergent == 0
        print(f"  baseline (engine run_cyclic + exact energy on every flip): timed on {sample} "
              f"random starts, extrapolated linearly to {1 << n:,} starts: {slow:,.0f} s "
              f"→ speed-up {slow / fast:,.0f}×")


def bench_stationarity(sample: int, rng: random.Random) -> None:
    net = Network.from_weights(lattice_weights(4, 4))
    b = Fraction(3, 2)

    def fast_check() -> Any:
        return stationarity_certificate(boltzmann_integer_weights(net, b),
                                        random_scan_local_kernel(net, b))

    cert, fast, peak = measured(fast_check, separate=True)
    print(f"stationarity πK = π, n = 16 (4×4 ferromagnet, b = 3/2, {cert.states:,} states, "
          f"{cert.edges:,} edges): {fast:.2f} s, peak {mib(peak)}; ok = {cert.ok}, dtype "
          f"{cert.dtype} (bound {cert.bound.bit_length()} bits > 63: exact Python integers)")
    states = rng.sample(range(cert.states), sample)
    t = time.perf_counter()
    bad = stationarity_exact(net, b, states)
    slow_sample = time.perf_counter() - t
    assert bad == 0
    # The π set-up (boltzmann_law over all states) is included once, then per-state work scales.
    from hopfield_bridge.gibbs import boltzmann_law
    t = time.perf_counter()
    boltzmann_law(b, net)
    setup = time.perf_counter() - t
    slow = setup + (slow_sample - setup) * cert.states / sample
    print(f"  baseline (engine boltzmann_law + site_kernel_row in Fractions): timed on {sample} "
          f"random states, extrapolated linearly to {cert.states:,} states: {slow:,.0f} s "
          f"→ speed-up {slow / fast:,.0f}×")


def bench_pf() -> None:
    net = random_symmetric_network(8, 2, random.Random(1))
    cert, secs, peak = measured(lambda: perron_frobenius_certificate(net, Fraction(2)))
    lo, hi = cert.gap  # type: ignore[misc]
    print(f"Perron–Frobenius certificate, 2^8 = 256 states (random n = 8, b = 2): {secs:.1f} s, "
          f"peak {mib(peak)} (Python heap; flint's own buffers show in the RSS below); T16 {cert.t16}, T17 {cert.t17}, T18 {cert.t18}; "
          f"den {cert.den_bits} bits, charpoly coefficients ≤ {cert.charpoly_bits} bits")
    print("  phases: " + ", ".join(f"{name} {s:.2f} s" for name, s in cert.phases))
    print(f"  spectral gap 1 − λ₂ ∈ [{float(lo):.12e}, {float(hi):.12e}] (exact rationals, "
          f"width {float(hi - lo):.1e}); method: {cert.method}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="skip n = 24 and the 2^8 certificate")
    args = ap.parse_args(argv)
    rng = random.Random(0)
    print(f"python {sys.version.split()[0]}; all figures from this run\n")
    bench_convergence(20, 200, rng)
    if not args.quick:
        bench_convergence(24, 0, rng)
    bench_stationarity(1000, rng)
    if not args.quick:
        bench_pf()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"\nprocess peak RSS: {rss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
