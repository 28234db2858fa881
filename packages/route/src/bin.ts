import { processIO, runProcess } from '@ipmplab/userland';
import { routeMain } from './route';

runProcess(routeMain, processIO());
