/** `npm run bench`: the bundle-size budget and the user list's time to first row. Prints figures only. */
import { measureBundle, printBundle } from './bundle-size';
import { measureFirstRows, printFirstRows } from './first-rows';

const bundle = measureBundle();
printBundle(bundle);
// bundle-size built into bench/results/dist; first-rows needs dist/ for the proxy, so it builds that too.
printFirstRows(await measureFirstRows());
if (!bundle.withinBudget) process.exitCode = 1;
