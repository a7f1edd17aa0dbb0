"""The Lean bridge: write an ``#eval`` harness, run Lean on it, diff against Python.

One job per module, in pipeline order:

* :mod:`.harness`  -- the harness file and its line-to-instance map;
* :mod:`.runner`   -- the Lean command (``lake env lean --json FILE``), its
  timeout and its failures;
* :mod:`.messages` -- the JSON message stream that ``lean --json`` prints;
* :mod:`.outputs`  -- the printed result objects, mapped back to instances;
* :mod:`.compare`  -- the field-by-field diff against :func:`~hopfield_bridge.results.evaluate`;
* :mod:`.report`   -- terminal table, JSON and Markdown reports.

Nothing here fabricates Lean output: a Lean value only ever comes from the
standard output of the command the runner started.

>>> from hopfield_bridge.bridge.harness import lean_string_literal
>>> lean_string_literal('say "hi"')
'"say \\\\"hi\\\\""'
"""
