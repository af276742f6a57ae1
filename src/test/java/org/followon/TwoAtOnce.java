package org.followon;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntSupplier;

/**
 * Runs a job twice at the same moment on two threads, as two app instances would, for
 * tests that prove something is done exactly once.
 */
public final class TwoAtOnce {

	private TwoAtOnce() {
	}

	/**
	 * Starts both runs together, waits for both, and returns what they did between them.
	 */
	public static int run(IntSupplier job) {
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> runs = List.of(1, 2).stream().map((i) -> CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return job.getAsInt();
		})).toList();
		start.countDown();
		return runs.stream().mapToInt(CompletableFuture::join).sum();
	}

}
