// The dladm executable (bundled into dist/dladm.cjs, run by bin/dladm).
import { processIO, runProcess } from '@ipmplab/userland';
import { dladmMain } from './main';

runProcess(dladmMain, processIO());
