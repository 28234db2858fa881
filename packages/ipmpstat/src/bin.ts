// The ipmpstat executable (bundled into dist/ipmpstat.cjs, run by bin/ipmpstat).
import { processIO, runProcess } from '@ipmplab/userland';
import { ipmpstatMain } from './main';

runProcess(ipmpstatMain, processIO());
