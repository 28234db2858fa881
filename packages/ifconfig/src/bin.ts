import { processIO, runProcess } from '@ipmplab/userland';
import { ifconfigMain } from './main';

runProcess(ifconfigMain, processIO());
