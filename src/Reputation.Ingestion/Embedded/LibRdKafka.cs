using System.Reflection;
using System.Runtime.InteropServices;

namespace Reputation.Ingestion.Embedded;

/// <summary>
/// The slice of librdkafka's C API needed to run its built-in mock cluster. Confluent.Kafka does not
/// expose the mock API, so it is bound here against the same native library the client loads.
/// </summary>
internal static partial class LibRdKafka
{
    private const string Library = "librdkafka";

    /// <summary>
    /// The default linux-x64 build links against libsasl2.so.3, which Debian lacks; Confluent.Kafka then
    /// falls back to the centos8 build. Trying the same names in the same order loads the same copy.
    /// </summary>
    private static readonly string[] FallbackNames = ["centos8-librdkafka.so", "alpine-librdkafka.so"];

    private static int _resolverInstalled;

    public static void EnsureResolver()
    {
        if (Interlocked.Exchange(ref _resolverInstalled, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(LibRdKafka).Assembly, Resolve);
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Library)
        {
            return IntPtr.Zero;
        }

        if (NativeLibrary.TryLoad(name, assembly, searchPath, out var handle))
        {
            return handle;
        }

        foreach (var candidate in Candidates())
        {
            if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out handle))
            {
                return handle;
            }
        }

        throw new DllNotFoundException(
            "librdkafka could not be loaded: neither the default build nor centos8-librdkafka.so from librdkafka.redist is loadable.");
    }

    private static IEnumerable<string> Candidates()
    {
        var rid = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";
        var roots = new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(Confluent.Kafka.Library).Assembly.Location) ?? "" };
        foreach (var root in roots.Where(r => r.Length > 0).Distinct())
        {
            foreach (var file in FallbackNames)
            {
                yield return Path.Combine(root, "runtimes", rid, "native", file);
                yield return Path.Combine(root, file);
            }
        }
    }

    public enum HandleType
    {
        Producer = 0,
        Consumer = 1,
    }

    [LibraryImport(Library, EntryPoint = "rd_kafka_conf_new")]
    public static partial IntPtr ConfNew();

    [LibraryImport(Library, EntryPoint = "rd_kafka_conf_destroy")]
    public static partial void ConfDestroy(IntPtr conf);

    [LibraryImport(Library, EntryPoint = "rd_kafka_conf_set", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ConfSet(IntPtr conf, string name, string value, byte[] errstr, UIntPtr errstrSize);

    [LibraryImport(Library, EntryPoint = "rd_kafka_new")]
    public static partial IntPtr New(HandleType type, IntPtr conf, byte[] errstr, UIntPtr errstrSize);

    [LibraryImport(Library, EntryPoint = "rd_kafka_destroy")]
    public static partial void Destroy(IntPtr rk);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_cluster_new")]
    public static partial IntPtr MockClusterNew(IntPtr rk, int brokerCount);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_cluster_destroy")]
    public static partial void MockClusterDestroy(IntPtr cluster);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_cluster_bootstraps")]
    public static partial IntPtr MockClusterBootstraps(IntPtr cluster);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_topic_create", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MockTopicCreate(IntPtr cluster, string topic, int partitions, int replicationFactor);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_group_initial_rebalance_delay_ms")]
    public static partial void MockGroupInitialRebalanceDelayMs(IntPtr cluster, int delayMs);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_broker_set_down")]
    public static partial int MockBrokerSetDown(IntPtr cluster, int brokerId);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_broker_set_up")]
    public static partial int MockBrokerSetUp(IntPtr cluster, int brokerId);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_partition_set_leader", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MockPartitionSetLeader(IntPtr cluster, string topic, int partition, int brokerId);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_partition_delete_records", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MockPartitionDeleteRecords(IntPtr cluster, string topic, int partition, long beforeOffset);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_push_request_errors_array")]
    public static partial void MockPushRequestErrorsArray(IntPtr cluster, short apiKey, UIntPtr count, int[] errors);

    [LibraryImport(Library, EntryPoint = "rd_kafka_mock_clear_request_errors")]
    public static partial void MockClearRequestErrors(IntPtr cluster, short apiKey);
}
