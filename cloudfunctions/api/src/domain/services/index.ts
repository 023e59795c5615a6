/** 惠企服务: the catalogue, its management and online applications (cases of type 'service'). */
export { getService, isServiceManager, listServices, loadService } from './catalogue'
export { buildServiceDoc, checkServiceFields, newServiceId, saveService, type ServiceActor, type ServiceFields } from './save'
export { applyForService, checkMaterials } from './apply'
export { toServiceDetail, toServiceSummary } from './views'
export type { ServiceDoc } from './docs'
