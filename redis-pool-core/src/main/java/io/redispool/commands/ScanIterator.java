package io.redispool.commands;

import io.redispool.command.Command;
import io.redispool.command.ScanResult;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Walks every page of a SCAN-family command, one call per page, as the caller iterates.
 *
 * <p>
 * SCAN's guarantees apply: an item present for the whole walk is returned at least once,
 * possibly more than once. Not thread-safe; each walk is one caller's.
 *
 * @param <T> the item type
 */
public final class ScanIterator<T> implements Iterator<T> {

    private final CommandRunner<?, ?> runner;

    private final Function<String, Command<ScanResult<T>>> page;

    private String cursor = ScanResult.START;

    private List<T> items = List.of();

    private int position;

    private boolean finished;

    /**
     * Starts a walk.
     * @param runner runs each page's command
     * @param page builds the command for the page at a cursor
     */
    public ScanIterator(CommandRunner<?, ?> runner, Function<String, Command<ScanResult<T>>> page) {
        this.runner = runner;
        this.page = page;
    }

    /**
     * A walk as an {@link Iterable}, so that it can be used in a for-each loop; each
     * iteration walks again from the start.
     * @param runner runs each page's command
     * @param page builds the command for the page at a cursor
     * @param <T> the item type
     * @return the iterable
     */
    public static <T> Iterable<T> iterable(CommandRunner<?, ?> runner, Function<String, Command<ScanResult<T>>> page) {
        return () -> new ScanIterator<>(runner, page);
    }

    @Override
    public boolean hasNext() {
        while (this.position == this.items.size()) {
            if (this.finished) {
                return false;
            }
            ScanResult<T> result = this.runner.execute(this.page.apply(this.cursor));
            this.cursor = result.cursor();
            this.items = result.items();
            this.position = 0;
            this.finished = result.isFinished();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("The scan has walked every page");
        }
        return this.items.get(this.position++);
    }

}
