import { processIO, runProcess } from '@ipmplab/userland';
import { ifconfigMain } from './ifconfig';

runProcess(ifconfigMain, processIO());
