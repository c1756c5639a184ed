#pragma once

#include <QElapsedTimer>
#include <QList>

namespace helpline::bench {

// The p-th percentile (nearest rank) of `values`; 0 for none.
double percentile(QList<double> values, double p);
// Milliseconds since `timer` started, with sub-millisecond precision.
double elapsedMs(const QElapsedTimer &timer);
// This process's peak resident memory in MiB.
double peakRssMb();

} // namespace helpline::bench
