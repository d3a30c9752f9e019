package icc.platform.web.statistics.application;

/** A file produced for download: its name, media type and bytes. */
public record StatisticsExport(String fileName, String mediaType, byte[] content) {}
