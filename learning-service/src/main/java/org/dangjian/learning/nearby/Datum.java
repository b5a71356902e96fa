package org.dangjian.learning.nearby;

/**
 * The datum of a pair of coordinates. Venues are kept in GCJ-02, the datum Chinese maps and WeChat's location use
 * (a point read off a map app is GCJ-02); a GPS or a browser's geolocation gives WGS-84, converted before searching.
 */
public enum Datum {
    GCJ02("GCJ-02（国测局坐标，地图与微信使用）"),
    WGS84("WGS-84（GPS与浏览器定位）");

    private final String label;

    Datum(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
