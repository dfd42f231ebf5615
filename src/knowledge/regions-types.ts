/** Types of the region knowledge base (`rules/knowledge/regions.yaml`). */

export interface LatLon {
  lat: number;
  lon: number;
}

/** A region archcap can place on the map: a known cloud region or a custom one. */
export interface RegionInfo {
  /** `aws:us-east-1`, or a custom id. */
  id: string;
  /** `aws`, `gcp`, `azure`; absent for a custom region. */
  provider?: string;
  /** The provider's own name for the region (`us-east-1`); the id for a custom region. */
  name: string;
  /** The provider's display name (`US East (N. Virginia)`). */
  displayName: string;
  /** The city (or, where the provider gives no city, the state or country). */
  city?: string;
  location: LatLon;
  /** Jurisdictions, most specific first (`de`, `eu`, `eea`). */
  jurisdictions: string[];
  /** Where the coordinates come from. */
  source: string;
  note?: string;
}

/** A custom region as a system description gives it. */
export interface CustomRegion {
  location: LatLon;
  jurisdictions?: string[];
  name?: string;
}

export interface TypicalRtt {
  /** Median round trip, ms. */
  ms: number;
  /** Citation of the measurement. */
  source: string;
}

/** The loaded knowledge: regions by id and the measured RTT matrix. */
export interface RegionsKnowledge {
  regions: ReadonlyMap<string, RegionInfo>;
  /** `rtt[provider]` maps `from` → `to` → ms, using the provider's own region names. */
  rtt: ReadonlyMap<string, RttMatrix>;
}

export interface RttMatrix {
  source: string;
  data: Readonly<Record<string, Readonly<Record<string, number>>>>;
}
