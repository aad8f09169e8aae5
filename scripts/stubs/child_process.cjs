// Stand-in for node:child_process in the bundle. Commander loads it at start-up only to spawn
// subcommands that are separate executables, which hjemmekontor has none of; loading the real
// module (with net, dgram and streams) costs a one-file run about 5 ms (measured). Held to the
// unbundled command by test/bundle.test.ts.
function spawn() {
  throw new Error("hjemmekontor has no executable subcommands (child_process is not bundled)");
}
module.exports = { spawn };
