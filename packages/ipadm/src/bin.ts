// The ipadm executable (bundled into dist/ipadm.cjs, run by bin/ipadm).
import { processIO, runProcess } from '@ipmplab/userland';
import { ipadmMain } from './main';

runProcess(ipadmMain, processIO());
