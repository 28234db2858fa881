// @ipmplab/route: the route(8) clone and the route-monitor message printer rtmon shares.
export * from './printer/monitor';
export { routeMain } from './main';
export type { RouteOptions } from './main';
export type { MonitorRunOptions } from './requests/monitor';
