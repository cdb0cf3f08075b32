namespace Wijkwerf.Engine.Tests;

public class SharedDataTests
{
    [Fact]
    public void The_shared_data_bundle_is_found_beside_the_repository() =>
        SharedData.File("nl-voorburg/bag-voorburg.gpkg").ShouldEndWith("bag-voorburg.gpkg");
}
