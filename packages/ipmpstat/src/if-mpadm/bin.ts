// The if_mpadm executable (bundled into dist/if_mpadm.cjs, run by bin/if_mpadm).
import { processIO, runProcess } from '@ipmplab/userland';
import { ifMpadmMain } from './main';

runProcess(ifMpadmMain, processIO());
