// The benchmark harness arrives with the performance issue (#8); until then there is nothing to run.
console.log('no benchmarks yet (see bench/RESULTS.md)');
