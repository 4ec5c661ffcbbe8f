/** A place picked on WeChat's map: its name, address and coordinates (GCJ-02, as WeChat gives them). */
export interface PickedPlace {
  name: string
  address: string
  lat: number
  lng: number
}
