export { staff, type StaffRow } from './staff';
export { setting } from './setting';
export { auditLog, type AuditRow } from './auditLog';
