/*
 * measure - run one command with stdin from a file and stdout to /dev/null,
 * and print its wall time, throughput and peak resident memory:
 *
 *	measure LABEL INPUT CMD [ARG ...]
 *	LABEL  MB  seconds  MB/s  peak-RSS-MB
 *
 * Best of BENCH_RUNS runs (default 3) for time; the largest peak RSS seen.
 * MB are 10^6 bytes, as make-corpus counts them.
 */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	struct stat sb;
	double best = 1e30, mb;
	long peak = 0;
	int runs, i;
	const char *e = getenv("BENCH_RUNS");

	if (argc < 4) {
		fprintf(stderr, "usage: measure LABEL INPUT CMD [ARG ...]\n");
		return 2;
	}
	if (stat(argv[2], &sb) < 0) {
		perror(argv[2]);
		return 2;
	}
	runs = e ? atoi(e) : 3;
	if (runs < 1)
		runs = 1;
	mb = (double)sb.st_size / 1e6;
	for (i = 0; i < runs; i++) {
		struct timespec t0, t1;
		struct rusage ru;
		int status;
		pid_t pid;
		double s;

		clock_gettime(CLOCK_MONOTONIC, &t0);
		pid = fork();
		if (pid < 0) {
			perror("fork");
			return 2;
		}
		if (pid == 0) {
			int in = open(argv[2], O_RDONLY);
			int out = open("/dev/null", O_WRONLY);

			if (in < 0 || out < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0)
				_exit(127);
			execvp(argv[3], argv + 3);
			perror(argv[3]);
			_exit(127);
		}
		if (wait4(pid, &status, 0, &ru) < 0) {
			perror("wait4");
			return 2;
		}
		clock_gettime(CLOCK_MONOTONIC, &t1);
		if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
			fprintf(stderr, "measure: %s failed (status %d)\n", argv[3],
			    WIFEXITED(status) ? WEXITSTATUS(status) : -1);
			return 2;
		}
		s = (double)(t1.tv_sec - t0.tv_sec) +
		    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
		if (s < best)
			best = s;
		if (ru.ru_maxrss > peak)
			peak = ru.ru_maxrss;
	}
	printf("%-28s %9.1f MB %8.3f s %9.1f MB/s %8.1f MB peak RSS\n", argv[1],
	    mb, best, best > 0 ? mb / best : 0.0, (double)peak / 1024.0);
	return 0;
}
