package org.shouwang.solver.bound;

import java.util.Arrays;

/**
 * A directed network with integer capacities and Dinic's maximum flow (BFS levels, then blocking flows by
 * DFS with per-node edge pointers). Flow found so far is kept, so capacities may be raised between calls
 * to {@link #maxFlow} and the flow grows from where it was.
 */
final class FlowNetwork {

    static final int INFINITE = Integer.MAX_VALUE / 4;

    private int nodes;
    private int edges;
    private int[] head = new int[16];
    private int[] next = new int[16];
    private int[] to = new int[16];
    private int[] capacity = new int[16];
    private int[] level;
    private int[] pointer;
    private int[] queue;

    FlowNetwork() {
        Arrays.fill(head, -1);
    }

    int addNode() {
        if (nodes == head.length) {
            int old = head.length;
            head = Arrays.copyOf(head, old * 2);
            Arrays.fill(head, old, head.length, -1);
        }
        return nodes++;
    }

    int nodeCount() {
        return nodes;
    }

    /** @return the id of the forward edge; its residual twin is {@code id ^ 1} */
    int addEdge(int from, int toNode, int cap) {
        if (edges + 2 > to.length) {
            int size = to.length * 2;
            next = Arrays.copyOf(next, size);
            to = Arrays.copyOf(to, size);
            capacity = Arrays.copyOf(capacity, size);
        }
        int id = edges;
        link(from, toNode, cap);
        link(toNode, from, 0);
        return id;
    }

    private void link(int from, int toNode, int cap) {
        to[edges] = toNode;
        capacity[edges] = cap;
        next[edges] = head[from];
        head[from] = edges++;
    }

    /** Raises (or sets) the remaining capacity of a forward edge that has carried no flow yet. */
    void setCapacity(int edge, int cap) {
        capacity[edge] = cap - capacity[edge ^ 1];
    }

    /** The flow an edge carries now. */
    int flow(int edge) {
        return capacity[edge ^ 1];
    }

    /** Augments until no path from source to sink is left; returns the flow added by this call. */
    long maxFlow(int source, int sink) {
        level = new int[nodes];
        pointer = new int[nodes];
        queue = new int[nodes];
        long total = 0;
        while (buildLevels(source, sink)) {
            System.arraycopy(head, 0, pointer, 0, nodes);
            int pushed;
            while ((pushed = push(source, sink, INFINITE)) > 0) {
                total += pushed;
            }
        }
        return total;
    }

    private boolean buildLevels(int source, int sink) {
        Arrays.fill(level, -1);
        int read = 0;
        int write = 0;
        queue[write++] = source;
        level[source] = 0;
        while (read < write) {
            int node = queue[read++];
            for (int e = head[node]; e != -1; e = next[e]) {
                if (capacity[e] > 0 && level[to[e]] < 0) {
                    level[to[e]] = level[node] + 1;
                    queue[write++] = to[e];
                }
            }
        }
        return level[sink] >= 0;
    }

    private int push(int node, int sink, int limit) {
        if (node == sink) {
            return limit;
        }
        for (; pointer[node] != -1; pointer[node] = next[pointer[node]]) {
            int e = pointer[node];
            int target = to[e];
            if (capacity[e] > 0 && level[target] == level[node] + 1) {
                int pushed = push(target, sink, Math.min(limit, capacity[e]));
                if (pushed > 0) {
                    capacity[e] -= pushed;
                    capacity[e ^ 1] += pushed;
                    return pushed;
                }
            }
        }
        return 0;
    }
}
