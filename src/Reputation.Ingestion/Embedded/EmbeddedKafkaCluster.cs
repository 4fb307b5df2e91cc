using System.Runtime.InteropServices;
using System.Text;
using Confluent.Kafka;

namespace Reputation.Ingestion.Embedded;

/// <summary>
/// An in-process Kafka cluster (librdkafka's mock cluster) that speaks the real protocol on loopback.
/// It backs development runs without a broker and the reliability tests, which inject faults through it.
/// Data lives in memory and dies with the process.
/// </summary>
public sealed class EmbeddedKafkaCluster : IDisposable
{
    private const int ErrorBufferSize = 512;
    private readonly Lock _gate = new();
    private IntPtr _handle;
    private IntPtr _cluster;

    public EmbeddedKafkaCluster(int brokers = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(brokers, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(brokers, 16);
        LibRdKafka.EnsureResolver();

        var conf = LibRdKafka.ConfNew();
        var error = new byte[ErrorBufferSize];
        // Only errors: the owning handle has no bootstrap servers and would otherwise warn about it.
        if (LibRdKafka.ConfSet(conf, "log_level", "3", error, ErrorBufferSize) != 0)
        {
            LibRdKafka.ConfDestroy(conf);
            throw new InvalidOperationException($"librdkafka rejected log_level: {Text(error)}");
        }

        _handle = LibRdKafka.New(LibRdKafka.HandleType.Producer, conf, error, ErrorBufferSize);
        if (_handle == IntPtr.Zero)
        {
            LibRdKafka.ConfDestroy(conf);
            throw new InvalidOperationException($"librdkafka could not create the handle owning the mock cluster: {Text(error)}");
        }

        _cluster = LibRdKafka.MockClusterNew(_handle, brokers);
        if (_cluster == IntPtr.Zero)
        {
            LibRdKafka.Destroy(_handle);
            _handle = IntPtr.Zero;
            throw new InvalidOperationException("librdkafka could not start its mock cluster.");
        }

        // The broker default waits 3 s before the first group join; nothing is gained by that in-process.
        LibRdKafka.MockGroupInitialRebalanceDelayMs(_cluster, 0);
        BootstrapServers = Marshal.PtrToStringUTF8(LibRdKafka.MockClusterBootstraps(_cluster))
            ?? throw new InvalidOperationException("The mock cluster reported no bootstrap address.");
        Brokers = brokers;
    }

    /// <summary>Comma-separated 127.0.0.1:port list; ports are random on every start.</summary>
    public string BootstrapServers { get; }

    /// <summary>Number of brokers; their ids are 1..Brokers.</summary>
    public int Brokers { get; }

    public void CreateTopic(string name, int partitions, int replicationFactor = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(partitions, 1000);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicationFactor, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(replicationFactor, Brokers);
        Check(LibRdKafka.MockTopicCreate(Cluster(), name, partitions, replicationFactor), $"create topic '{name}'");
    }

    public void SetBrokerDown(int brokerId) => Check(LibRdKafka.MockBrokerSetDown(Cluster(), brokerId), $"set broker {brokerId} down");

    public void SetBrokerUp(int brokerId) => Check(LibRdKafka.MockBrokerSetUp(Cluster(), brokerId), $"set broker {brokerId} up");

    public void SetPartitionLeader(string topic, int partition, int brokerId) =>
        Check(LibRdKafka.MockPartitionSetLeader(Cluster(), topic, partition, brokerId), $"move the leader of {topic}[{partition}] to broker {brokerId}");

    /// <summary>
    /// Drops the records of a partition before <paramref name="beforeOffset"/>, like Kafka's DeleteRecords: its log
    /// start moves there and those records are freed.
    /// </summary>
    public void DeleteRecords(string topic, int partition, long beforeOffset)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentOutOfRangeException.ThrowIfNegative(partition);
        ArgumentOutOfRangeException.ThrowIfNegative(beforeOffset);
        Check(LibRdKafka.MockPartitionDeleteRecords(Cluster(), topic, partition, beforeOffset), $"delete the records of {topic}[{partition}] before offset {beforeOffset}");
    }

    /// <summary>The next <c>errors.Length</c> requests of <paramref name="apiKey"/> fail with these errors, in order.</summary>
    public void PushRequestErrors(KafkaApiKey apiKey, params ErrorCode[] errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Length == 0)
        {
            return;
        }

        var codes = errors.Select(e => (int)e).ToArray();
        LibRdKafka.MockPushRequestErrorsArray(Cluster(), (short)apiKey, (UIntPtr)codes.Length, codes);
    }

    public void ClearRequestErrors(KafkaApiKey apiKey) => LibRdKafka.MockClearRequestErrors(Cluster(), (short)apiKey);

    public void Dispose()
    {
        lock (_gate)
        {
            // The cluster runs on the handle's threads: it must go first.
            if (_cluster != IntPtr.Zero)
            {
                LibRdKafka.MockClusterDestroy(_cluster);
                _cluster = IntPtr.Zero;
            }

            if (_handle != IntPtr.Zero)
            {
                LibRdKafka.Destroy(_handle);
                _handle = IntPtr.Zero;
            }
        }
    }

    private IntPtr Cluster()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_cluster == IntPtr.Zero, this);
            return _cluster;
        }
    }

    private static void Check(int error, string action)
    {
        if (error != 0)
        {
            throw new InvalidOperationException($"The mock cluster could not {action}: {new Error((ErrorCode)error).Reason}");
        }
    }

    private static string Text(byte[] buffer)
    {
        var end = Array.IndexOf(buffer, (byte)0);
        return Encoding.UTF8.GetString(buffer, 0, end < 0 ? buffer.Length : end);
    }
}
