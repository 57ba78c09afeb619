/**
 * Starts a lab and keeps it up until stdin closes or a signal comes, for poking at by hand:
 *   node --import tsx test/lab/lab-hold.ts [SCENARIO]
 * Prints `LAB <runDir> <caFile>` once up. Then try e.g.
 *   ip netns exec sclab-pc node --import tsx test/lab/probe-tcp.ts smtp.example.jp:587
 */
import { startLab } from './lab.js';
import { resolveScenario, type ScenarioName } from './scenarios.js';

const name = (process.argv[2] ?? 'open') as ScenarioName;
resolveScenario(name);
const lab = await startLab({ scenario: name });
process.stdout.write(`LAB ${lab.runDir} ${lab.caFile}\n`);
process.stdin.resume();
process.stdin.on('end', () => void lab.stop().then(() => process.exit(0)));
