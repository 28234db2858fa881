// The arp executable (bundled into dist/arp.cjs, run by bin/arp).
import { processIO, runProcess } from '@ipmplab/userland';
import { arpMain } from './main';

runProcess(arpMain, processIO());
