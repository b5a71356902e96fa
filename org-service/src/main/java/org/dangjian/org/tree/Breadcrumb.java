package org.dangjian.org.tree;

/** One step on the way from the top of the caller's scope down to an organisation. */
public record Breadcrumb(long id, String name, String shortName) {
}
