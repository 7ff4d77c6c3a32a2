export { assignIncidents, incidentIdFor, sameIncident, summarize, grade, type ClusterMember, type ClusterResult, type IncidentState } from './cluster.js';
export { distanceKm } from './compatibility.js';
