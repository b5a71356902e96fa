package org.dangjian.kit.web.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/things")
public class ThingController {
    /** Beyond 2^53: a JavaScript number cannot hold it exactly. */
    public static final long BIG_ID_BASE = 9_007_199_254_740_993L;

    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger flakyCalls = new AtomicInteger();

    public record NewThing(@NotBlank String name, @NotNull @Past LocalDate foundedOn,
                           @Min(1) @Max(10) int size, List<Integer> scores, Long parentId) {
    }

    public record Thing(long id, String name, LocalDate foundedOn, int size, Long parentId) {
    }

    private volatile CountDownLatch slowStarted = new CountDownLatch(1);
    private volatile CountDownLatch slowRelease = new CountDownLatch(0);

    public void holdSlowCreates() {
        slowStarted = new CountDownLatch(1);
        slowRelease = new CountDownLatch(1);
    }

    public boolean awaitSlowCreateStarted() throws InterruptedException {
        return slowStarted.await(30, TimeUnit.SECONDS);
    }

    public void releaseSlowCreates() {
        slowRelease.countDown();
    }

    public int createdCount() {
        return created.get();
    }

    /** Kinds of thing, with the labels a user reads. */
    public enum Kind {
        BRANCH("党支部"), COMMITTEE("党委");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @GetMapping("/kinds")
    List<Kind> kinds() {
        return List.of(Kind.values());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Thing> create(@Valid @RequestBody NewThing in) {
        long id = BIG_ID_BASE + created.incrementAndGet();
        return ResponseEntity.created(URI.create("/api/things/" + id))
                .body(new Thing(id, in.name(), in.foundedOn(), in.size(), in.parentId()));
    }

    /** Refuses the first attempt with 409, accepts the retry: a client retrying with the same key. */
    @PostMapping("/flaky")
    ResponseEntity<Thing> flaky(@RequestBody NewThing in) {
        if (flakyCalls.incrementAndGet() == 1) {
            throw ApiException.conflict("THING_BUSY");
        }
        long id = BIG_ID_BASE + created.incrementAndGet();
        return ResponseEntity.status(201).body(new Thing(id, in.name(), in.foundedOn(), in.size(), in.parentId()));
    }

    /** A create whose answer must not be kept anywhere (as tokens and clear ID numbers are marked). */
    @PostMapping("/secret")
    ResponseEntity<Thing> secret(@RequestBody NewThing in) {
        long id = BIG_ID_BASE + created.incrementAndGet();
        return ResponseEntity.status(201).cacheControl(org.springframework.http.CacheControl.noStore())
                .body(new Thing(id, in.name(), in.foundedOn(), in.size(), in.parentId()));
    }

    /** A create that takes until the test lets it finish. */
    @PostMapping("/slow")
    ResponseEntity<Thing> slow(@RequestBody NewThing in) throws InterruptedException {
        slowStarted.countDown();
        if (!slowRelease.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
        }
        return create(in);
    }

    @GetMapping("/{id}")
    Thing get(@PathVariable long id) {
        if (id == 404 || id >= BIG_ID_BASE + 1_000_000) {
            throw ApiException.notFound("THING_NOT_FOUND", id);
        }
        if (id == 500) {
            throw new IllegalStateException("jdbc:mysql://db-secret-host/dj password=hunter2");
        }
        if (id == 503) {
            // what a mapper call gives while the database restarts: the pool found no connection in time
            throw new org.springframework.transaction.CannotCreateTransactionException("Could not open JDBC Connection",
                    new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        }
        if (id == 403) {
            throw new AccessDeniedException("not yours");
        }
        return new Thing(id, "thing " + id, LocalDate.of(2021, 7, 1), 3, null);
    }

    @GetMapping
    PageResult<Thing> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageQuery q = PageQuery.of(page, size);
        List<Thing> items = IntStream.range(0, q.size())
                .mapToObj(i -> new Thing(BIG_ID_BASE + q.offset() + i, "t" + i, LocalDate.of(2020, 1, 1), 1, null))
                .toList();
        return PageResult.of(items, 1000L, q);
    }
}
