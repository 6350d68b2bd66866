/** `npm run bench`: the bundle-size budget and the user list's time to first row. Prints figures only. */
import { BUDGET, measureBundle, printBundle } from './bundle-size';
import { measureFirstRows, printFirstRows } from './first-rows';

const bundle = measureBundle();
printBundle(bundle);
// bundle-size built into bench/results/dist; first-rows needs dist/ for the proxy, so it builds that too.
const firstRows = await measureFirstRows();
printFirstRows(firstRows);
// The budget holds for what the page really fetches by itself too, not only for what the build says it needs.
const fetchedWithin = firstRows.fetched.js <= BUDGET.js && firstRows.fetched.css <= BUDGET.css;
console.log(`\nBudget (JS ${BUDGET.js / 1000} kB, CSS ${BUDGET.css / 1000} kB): build ${bundle.withinBudget ? 'ok' : 'OVER'}, fetched ${fetchedWithin ? 'ok' : 'OVER'}`);
if (!bundle.withinBudget || !fetchedWithin) process.exitCode = 1;
