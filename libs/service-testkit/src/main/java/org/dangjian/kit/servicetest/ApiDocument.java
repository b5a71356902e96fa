package org.dangjian.kit.servicetest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/** A service's OpenAPI document as the contract test reads it: its operations and every schema in it. */
record ApiDocument(JsonNode root) {
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** One operation: {@code POST /api/orgs}. */
    record Op(String method, String path, JsonNode node) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }

        boolean declaredPublic() {
            JsonNode security = node.get("security");
            return security != null && security.isArray() && security.isEmpty();
        }

        boolean requiresBearer() {
            JsonNode security = node.get("security");
            if (security == null || !security.isArray()) {
                return false;
            }
            for (JsonNode requirement : security) {
                if (requirement.has("bearerAuth")) {
                    return true;
                }
            }
            return false;
        }

        String text(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? "" : value.asString();
        }

        JsonNode responses() {
            return node.path("responses");
        }
    }

    List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    ops.add(new Op(method.getKey(), path.getKey(), method.getValue()));
                }
            }
        }
        return ops;
    }

    /** Calls back with every schema object in the document (nested ones too) and where it is. */
    void eachSchema(BiConsumer<String, JsonNode> visitor) {
        walk("#", root, false, visitor);
    }

    private static void walk(String where, JsonNode node, boolean isSchema, BiConsumer<String, JsonNode> visitor) {
        if (node.isArray()) {
            int i = 0;
            for (JsonNode item : node) {
                walk(where + "/" + i++, item, isSchema, visitor);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isSchema) {
            visitor.accept(where, node);
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            String at = where + "/" + key.replace("~", "~0").replace("/", "~1");
            if (isSchema && key.equals("properties")) {
                for (Map.Entry<String, JsonNode> property : value.properties()) {
                    walk(at + "/" + property.getKey(), property.getValue(), true, visitor);
                }
            } else if (isSchema && (key.equals("items") || key.equals("additionalProperties") || key.equals("not"))) {
                walk(at, value, true, visitor);
            } else if (isSchema && (key.equals("allOf") || key.equals("oneOf") || key.equals("anyOf"))) {
                walk(at, value, true, visitor);
            } else if (!isSchema && key.equals("schemas") && where.equals("#/components")) {
                for (Map.Entry<String, JsonNode> schema : value.properties()) {
                    walk(at + "/" + schema.getKey(), schema.getValue(), true, visitor);
                }
            } else if (!isSchema && key.equals("schema")) {
                walk(at, value, true, visitor);
            } else if (!isSchema) {
                walk(at, value, false, visitor);
            }
        }
    }

    /** Where two documents first differ, as a JSON pointer; null when they are equal. */
    static String firstDifference(String where, JsonNode a, JsonNode b) {
        if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
            return where.isEmpty() ? "/" : where;
        }
        if (a.isObject()) {
            Set<String> names = new java.util.TreeSet<>();
            a.propertyNames().forEach(names::add);
            b.propertyNames().forEach(names::add);
            for (String name : names) {
                String found = firstDifference(where + "/" + name.replace("~", "~0").replace("/", "~1"), a.get(name), b.get(name));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (a.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String found = firstDifference(where + "/" + i, a.get(i), b.get(i));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return a.equals(b) ? null : where;
    }
}
