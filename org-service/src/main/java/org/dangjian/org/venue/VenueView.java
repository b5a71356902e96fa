package org.dangjian.org.venue;

import java.math.BigDecimal;
import java.util.List;

public record VenueView(long id, long orgId, String name, String address, BigDecimal latitude, BigDecimal longitude,
                        BigDecimal areaSqm, String facilities, List<Photo> photos) {

    /** {@code url} is the gateway path that serves the image to callers in scope. */
    public record Photo(long id, String contentType, long size, String url) {
    }

    static VenueView of(Venue v, List<VenuePhoto> photos) {
        return new VenueView(v.getId(), v.getOrgId(), v.getName(), v.getAddress(), v.getLatitude(), v.getLongitude(),
                v.getAreaSqm(), v.getFacilities(), photos.stream()
                .map(p -> new Photo(p.getId(), p.getContentType(), p.getSizeBytes(),
                        "/api/orgs/" + v.getOrgId() + "/venues/" + v.getId() + "/photos/" + p.getId()))
                .toList());
    }
}
