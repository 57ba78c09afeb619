/** Rewrites the renderer's golden fixture reports from the recorded probe sets (npm run fixtures:update). */
import { writeFileSync } from 'node:fs';
import { GOLDEN_PATH, goldenText } from '../test/fixtures/renderer/golden.js';

writeFileSync(GOLDEN_PATH, goldenText());
process.stdout.write(`wrote ${GOLDEN_PATH}\n`);
