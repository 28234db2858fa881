// The netstat executable (bundled into dist/netstat.cjs, run by bin/netstat).
import { processIO, runProcess } from '@ipmplab/userland';
import { netstatMain } from './main';

runProcess(netstatMain, processIO());
