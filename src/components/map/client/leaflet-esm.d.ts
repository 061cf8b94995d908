/**
 * Leaflet's ES module build, which bundles without a CommonJS wrapper; its types are those of the
 * `leaflet` package (@types/leaflet).
 */
declare module 'leaflet/dist/leaflet-src.esm.js' {
	export * from 'leaflet';
}
