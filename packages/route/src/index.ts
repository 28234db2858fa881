// @ipmplab/route: the route(8) clone and the route-monitor message printer rtmon shares.
export * from './monitor-format';
export { routeMain } from './route';
export type { RouteOptions } from './route';
export type { MonitorRunOptions } from './monitor';
