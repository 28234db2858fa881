import { processIO, runProcess } from '@ipmplab/userland';
import { routeMain } from './main';

runProcess(routeMain, processIO());
