// Preloaded with --require: reports the process's peak resident memory (worker threads included)
// on stderr when it exits, as `maxrss-kib=N`.
process.on('exit', () => {
  process.stderr.write(`\nmaxrss-kib=${process.resourceUsage().maxRSS}\n`);
});
