// Entry point of the bundle (dist/ipmplab.cjs, started by bin/ipmplab): run the lab command in
// this process. The logic lives in main.ts so tests and batches can call it without a process.
import { processIO, runProcess } from '@ipmplab/userland';
import { labMain } from './main';

runProcess(labMain, processIO());
