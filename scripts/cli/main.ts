import { runCli } from './runCli';

// The process entry point (`npm run -s cli -- …`); everything else is in runCli, which tests call.
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
