using FrontBackOffice.Domain.Staff;

namespace FrontBackOffice.Tests.Domain.Staff;

public class AccountStatesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void State_PutsDisabledBeforeLocked_AndAnExpiredLockCountsForNothing()
    {
        Assert.Equal(AccountState.Disabled, AccountStates.Of(Now.UtcDateTime, Now.AddDays(1), Now));
        Assert.Equal(AccountState.Locked, AccountStates.Of(null, Now.AddMinutes(1), Now));
        Assert.Equal(AccountState.Active, AccountStates.Of(null, Now.AddMinutes(-1), Now));
    }

    [Theory]
    [InlineData(AccountState.Active, "lock,disable")]
    [InlineData(AccountState.Locked, "unlock,disable")]
    [InlineData(AccountState.Disabled, "lock,enable")]
    public void Actions_TheAccountOffers_FollowItsState(AccountState state, string offered) =>
        Assert.Equal(offered, string.Join(",", new[]
        {
            state.CanLock() ? "lock" : null, state.CanUnlock() ? "unlock" : null, state.CanDisable() ? "disable" : null, state.CanEnable() ? "enable" : null,
        }.OfType<string>()));
}
